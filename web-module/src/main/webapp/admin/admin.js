// FairPact admin page: signs in with a bearer token (kept in sessionStorage for this browser tab)
// and calls the admin API with it. Every value from the API reaches the page as text
// (textContent), never as markup. URLs are relative, so the page works behind any proxy prefix.
"use strict";

(function () {
  const API = "../api/v1/";
  const TOKEN_KEY = "fairpact.admin.token";
  const FINISHED = ["COMPLETED", "FAILED"];
  const WATCH_INTERVAL_MS = 2000;
  const WATCH_LIMIT_MS = 180000;

  const $ = (id) => document.getElementById(id);
  let failedCursor = null;
  let auditCursor = null;
  let watchTimer = null;

  /** An element with text children (strings become text nodes, never markup). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([name, value]) => {
      if (name === "onclick") {
        node.addEventListener("click", value);
      } else if (name === "className") {
        node.className = value;
      } else {
        node.setAttribute(name, value);
      }
    });
    children.forEach((child) => {
      if (child === null || child === undefined) {
        return;
      }
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function cell(...children) {
    return el("td", null, ...children);
  }

  function replaceRows(tbodyId, rows) {
    $(tbodyId).replaceChildren(...rows);
  }

  function showMessage(text, info) {
    const message = $("message");
    message.textContent = text;
    message.className = info ? "info" : "";
    message.hidden = !text;
  }

  /** The API's error for a failed call: a problem+json detail, or the HTTP status. */
  class ApiError extends Error {
    constructor(status, detail) {
      super(detail);
      this.status = status;
    }
  }

  async function call(method, path) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    let response;
    try {
      response = await fetch(API + path, {
        method: method,
        headers: { Authorization: "Bearer " + token, Accept: "application/json" },
        credentials: "omit",
        cache: "no-store",
      });
    } catch (e) {
      throw new ApiError(0, "the server cannot be reached (" + e.message + ")");
    }
    const type = response.headers.get("Content-Type") || "";
    const body = type.includes("json") ? await response.json() : null;
    if (!response.ok) {
      const detail = body && (body.detail || body.title);
      throw new ApiError(response.status, detail || "HTTP " + response.status);
    }
    return { body: body, response: response };
  }

  async function get(path) {
    return (await call("GET", path)).body;
  }

  /** Runs an action; a 401 or 403 signs out with the reason, other errors show on the page. */
  async function guarded(action) {
    try {
      await action();
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
        signOut(
          e.status === 401
            ? "Your token was not accepted (expired, or not signed by FairPact): sign in again."
            : "This token does not carry the admin role: " + e.message
        );
      } else {
        showMessage("Error: " + e.message);
      }
    }
  }

  // ---- sign-in ----

  function signOut(reason) {
    sessionStorage.removeItem(TOKEN_KEY);
    stopWatching();
    $("console").hidden = true;
    $("who").hidden = true;
    $("sign-in").hidden = false;
    showMessage("");
    const message = $("sign-in-message");
    message.textContent = reason || "";
    message.hidden = !reason;
  }

  async function signIn(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    // the audit log is for admins only: it tells an admin token from any other accepted one
    await guarded(async () => {
      await get("admin/audit?limit=1");
      $("sign-in").hidden = true;
      $("sign-in-message").hidden = true;
      $("console").hidden = false;
      $("who").hidden = false;
      $("who-name").textContent = "Signed in as " + subjectOf(token);
      await refreshAll();
    });
  }

  function subjectOf(token) {
    try {
      const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      return JSON.parse(atob(payload)).sub || "?";
    } catch (e) {
      return "?";
    }
  }

  async function refreshAll() {
    showMessage("");
    await Promise.all([
      guarded(loadCluster),
      guarded(() => loadFailed(false)),
      guarded(loadSummary),
      guarded(loadSyncs),
      guarded(() => searchRegister()),
      guarded(loadModel),
      guarded(() => loadAudit(false)),
    ]);
  }

  // ---- cluster and queues ----

  async function loadCluster() {
    const cluster = await get("admin/cluster");
    $("cluster-answered-by").textContent = cluster.answeredBy;
    $("cluster-grid").textContent = cluster.grid.available ? "available" : "unavailable";
    replaceRows(
      "queue-rows",
      Object.entries(cluster.queues).map(([name, queue]) =>
        el("tr", null, cell(name), cell(queue.depth), cell(queue.consumers === undefined ? "" : queue.consumers))
      )
    );
    replaceRows(
      "member-rows",
      cluster.members.map((member) => {
        const health = member.health || {};
        const checks = Object.entries(health.checks || {}).map(([name, state]) => name + " " + state);
        const consumers = Object.entries(health.consumers || {}).map(
          ([queue, load]) => queue + ": " + load.busy + " / " + load.maxSessions
        );
        return el(
          "tr",
          { "data-member": member.name },
          cell(member.name + (member.self ? " (answering)" : "")),
          cell(member.host || ""),
          el("td", { className: health.readiness || "" }, health.readiness || "UNKNOWN"),
          cell(checks.join(", ")),
          cell(health.draining || "no"),
          cell(consumers.join("; "))
        );
      })
    );
  }

  // ---- failed analyses and replay ----

  async function loadFailed(more) {
    const path = "admin/failed-analyses?limit=20" + (more && failedCursor ? "&cursor=" + encodeURIComponent(failedCursor) : "");
    const page = await get(path);
    $("dlq-depth").textContent = page.deadLetterQueue.depth;
    $("failed-total").textContent = page.total;
    replaceRows(
      "failed-reasons",
      Object.entries(page.byReason).map(([reason, count]) =>
        el(
          "tr",
          { "data-reason": reason },
          cell(reason),
          cell(count),
          cell(el("button", { type: "button", onclick: () => replayAll(reason) }, "Replay all"))
        )
      )
    );
    const rows = page.analyses.map((analysis) =>
      el(
        "tr",
        { "data-analysis": analysis.id },
        cell(analysis.id),
        cell(analysis.tenant),
        el("td", { title: analysis.failureReason || "" }, analysis.reason),
        cell(analysis.failedAt || ""),
        cell(el("button", { type: "button", onclick: () => replayOne(analysis.id) }, "Replay"))
      )
    );
    if (more) {
      $("failed-rows").append(...rows);
    } else {
      replaceRows("failed-rows", rows);
    }
    failedCursor = page.nextCursor || null;
    $("failed-more").hidden = !failedCursor;
  }

  async function replayOne(id) {
    await guarded(async () => {
      await call("POST", "admin/failed-analyses/" + encodeURIComponent(id) + "/replay");
      showMessage("Analysis " + id + " replayed: QUEUED again.", true);
      $("analysis-id").value = id;
      await Promise.all([loadFailed(false), loadSummary(), loadCluster(), loadAudit(false)]);
      await showAnalysis(id);
    });
  }

  async function replayAll(reason) {
    await guarded(async () => {
      const result = (await call("POST", "admin/failed-analyses/replay?reason=" + encodeURIComponent(reason))).body;
      showMessage("Replayed " + result.replayed + " FAILED analyses of reason " + reason + ".", true);
      await Promise.all([loadFailed(false), loadSummary(), loadCluster(), loadAudit(false)]);
    });
  }

  // ---- analyses ----

  async function loadSummary() {
    const summary = await get("admin/analyses/summary");
    replaceRows(
      "status-rows",
      Object.entries(summary.byStatus).map(([status, count]) =>
        el("tr", { "data-status": status }, el("td", { className: status }, status), cell(count))
      )
    );
  }

  async function showAnalysis(id) {
    stopWatching();
    const started = Date.now();
    const watch = async () => {
      const analysis = await get("analyses/" + encodeURIComponent(id));
      renderList("analysis-view", [
        ["Analysis", analysis.id],
        ["Status", analysis.status],
        ["Queue", analysis.queue],
        ["Attempts", analysis.attempts],
        ["Findings", analysis.findingsCount],
        ["Failure", analysis.failureReason],
        ["Completed at", analysis.completedAt],
      ]);
      $("analysis-view").setAttribute("data-status", analysis.status);
      if (!FINISHED.includes(analysis.status) && Date.now() - started < WATCH_LIMIT_MS) {
        watchTimer = setTimeout(() => guarded(watch), WATCH_INTERVAL_MS);
      } else if (FINISHED.includes(analysis.status)) {
        await Promise.all([loadSummary(), loadFailed(false), loadCluster()]);
      }
    };
    await watch();
  }

  function stopWatching() {
    if (watchTimer) {
      clearTimeout(watchTimer);
      watchTimer = null;
    }
  }

  function renderList(id, pairs) {
    const items = [];
    pairs
      .filter(([, value]) => value !== undefined && value !== null && value !== "")
      .forEach(([name, value]) => {
        items.push(el("dt", null, name), el("dd", { "data-field": name }, value));
      });
    $(id).replaceChildren(...items);
  }

  // ---- clause sync ----

  async function loadSyncs() {
    const list = await get("admin/clause-sync?limit=10");
    replaceRows(
      "sync-rows",
      list.executions.map((execution) =>
        el(
          "tr",
          { "data-execution": execution.executionId },
          cell(execution.executionId),
          el("td", { className: execution.status }, execution.status),
          cell(execution.startTime || ""),
          cell(execution.endTime || ""),
          cell(el("button", { type: "button", onclick: () => guarded(() => showSyncEvents(execution.executionId)) }, "Events"))
        )
      )
    );
  }

  async function startSync() {
    await guarded(async () => {
      const started = (await call("POST", "admin/clause-sync")).body;
      showMessage("Clause sync " + started.executionId + " started.", true);
      await Promise.all([loadSyncs(), loadAudit(false)]);
    });
  }

  async function showSyncEvents(executionId) {
    const events = await get("admin/clause-sync/" + encodeURIComponent(executionId) + "/events");
    $("sync-events-title").textContent = "Events of execution " + executionId;
    $("sync-events-title").hidden = false;
    $("sync-events").hidden = false;
    replaceRows(
      "sync-event-rows",
      events.events.map((event) =>
        el("tr", null, cell(event.occurredAt || ""), cell(event.kind || ""), cell(JSON.stringify(event.details || {})))
      )
    );
    if (events.events.length === 0) {
      replaceRows("sync-event-rows", [el("tr", null, el("td", { colspan: "3" }, "no events"))]);
    }
  }

  // ---- register ----

  async function searchRegister() {
    const params = new URLSearchParams({ size: "20" });
    const words = $("register-q").value.trim();
    const sector = $("register-sector").value.trim();
    if (words) {
      params.set("q", words);
    }
    if (sector) {
      params.set("sector", sector);
    }
    const page = await get("clauses?" + params.toString());
    const entries = $("register-new").checked ? page.entries.filter((e) => e.newlyAdded) : page.entries;
    $("register-total").textContent = page.total + " entries match; showing " + entries.length + ".";
    replaceRows("register-rows", entries.map(registerRow));
  }

  async function showEntry() {
    const number = $("register-number").value.trim();
    if (!/^[0-9]+$/.test(number)) {
      showMessage("An entry number is a whole number.");
      return;
    }
    const entry = await get("clauses/" + number);
    $("register-total").textContent = "Entry " + number + ".";
    replaceRows("register-rows", [registerRow(entry)]);
  }

  function registerRow(entry) {
    const status = [entry.active === false ? "inactive" : "active", entry.newlyAdded ? "newly added" : null]
      .filter(Boolean)
      .join(", ");
    return el(
      "tr",
      { "data-entry": entry.registerNumber },
      cell(entry.registerNumber),
      el("td", { className: "clause" }, entry.clauseText || ""),
      cell([entry.court, entry.caseSignature, entry.judgmentDate].filter(Boolean).join(", ")),
      cell(entry.sector || ""),
      cell(status)
    );
  }

  // ---- model ----

  async function loadModel() {
    const model = await get("admin/model");
    renderList("model-view", [
      ["Instance", model.instance],
      ["Loaded", model.loaded ? "yes" : "no"],
      ["Version", model.version],
      ["File", model.file],
      ["Source", model.source],
      ["Languages", (model.languages || []).join(", ")],
      ["Classifying", (model.classifying || []).join(", ")],
      ["Fallback", model.fallback ? "yes: " + (model.fallbackReason || "") : "no"],
      ["Unavailable", model.unavailableReason],
      ["Created", model.created],
      ["Licence", model.licence],
      ["Loaded at", model.loadedAt],
    ]);
  }

  // ---- audit log ----

  async function loadAudit(more) {
    const action = $("audit-action").value;
    let path = "admin/audit?limit=20" + (action ? "&action=" + encodeURIComponent(action) : "");
    if (more && auditCursor) {
      path += "&cursor=" + encodeURIComponent(auditCursor);
    }
    const page = await get(path);
    const rows = page.entries.map((entry) =>
      el(
        "tr",
        { "data-audit": entry.id },
        cell(entry.at),
        cell(entry.who.subject + (entry.who.tenant ? " (" + entry.who.tenant + ")" : "") + " [" + entry.who.roles.join(", ") + "]"),
        cell(entry.from),
        cell(entry.action),
        cell(entry.target || ""),
        cell(entry.outcome),
        cell(entry.detail || "")
      )
    );
    if (more) {
      $("audit-rows").append(...rows);
    } else {
      replaceRows("audit-rows", rows);
    }
    auditCursor = page.nextCursor || null;
    $("audit-more").hidden = !auditCursor;
  }

  // ---- wiring ----

  function onSubmit(id, action) {
    $(id).addEventListener("submit", (event) => {
      event.preventDefault();
      guarded(action);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("sign-in-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const token = $("token").value.trim();
      $("token").value = "";
      signIn(token);
    });
    $("sign-out").addEventListener("click", () => signOut("Signed out."));
    $("refresh").addEventListener("click", refreshAll);
    $("sync-start").addEventListener("click", startSync);
    $("failed-more").addEventListener("click", () => guarded(() => loadFailed(true)));
    $("audit-more").addEventListener("click", () => guarded(() => loadAudit(true)));
    onSubmit("register-search", searchRegister);
    onSubmit("register-entry", showEntry);
    onSubmit("audit-filter", () => loadAudit(false));
    onSubmit("analysis-form", async () => {
      const id = $("analysis-id").value.trim();
      if (!/^[0-9a-fA-F-]{36}$/.test(id)) {
        showMessage("An analysis id is a UUID.");
        return;
      }
      await showAnalysis(id);
    });
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) {
      signIn(token);
    }
  });
})();
