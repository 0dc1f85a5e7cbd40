#!/usr/bin/env node
// Checks of FairPact's deployment files, run by `bin/fairpact test --deploy-checks-only` (and the
// full test run): see README "Kubernetes" and "Alert rules and dashboard".
//
//   node validate.js manifests [--external KIND/NAME,...] FILE...
//       every object of the rendered multi-document YAML FILEs against the Kubernetes schemas
//       (kubernetes-models) or KEDA 2.10's (@kubernetes-models/keda), unknown fields included;
//       then the references between them (ConfigMaps, Secrets, service accounts, Services,
//       autoscaler and budget targets), KEDA's broker against the application's, and the drain:
//       terminationGracePeriodSeconds > preStop sleep + FAIRPACT_SHUTDOWN_GRACE_MS.
//       --external names objects that must exist in the cluster instead (production Secrets).
//   node validate.js metrics LIST SOURCE_DIR...
//       the metric names registered in the Java sources ("fairpact_..." string literals) are
//       exactly the application metrics of LIST.
//   node validate.js dashboard [--rules-out FILE] LIST DASHBOARD.json
//       the dashboard parses and every series its queries name is one the application exports;
//       --rules-out writes the queries as recording rules, for `promtool check rules` to parse.
//   node validate.js rules LIST RULES.yml
//       every series the alert rules name is exported by the application or listed as a
//       platform metric in LIST.
//
// Exit status 0 when everything holds, 1 with one line per problem otherwise.
"use strict";

const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");

// apiVersion -> module with the model classes by kind
const MODULES = {
  v1: "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "batch/v1": "kubernetes-models/batch/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "policy/v1": "kubernetes-models/policy/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "rbac.authorization.k8s.io/v1": "kubernetes-models/rbac.authorization.k8s.io/v1",
  "keda.sh/v1alpha1": "@kubernetes-models/keda/keda.sh/v1alpha1",
};

const problems = [];
const problem = (where, text) => problems.push(`${where}: ${text}`);

function finish(summary) {
  if (problems.length) {
    for (const p of problems) console.error(`  FAIL ${p}`);
    console.error(`${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(summary);
}

// ------------------------------------------------------------------------------------------------
// manifests
// ------------------------------------------------------------------------------------------------
// Unknown fields. Kubernetes' schemas allow any other property, so the validator alone would pass a
// misspelt field (which the API server drops). The compiled validators read every property their
// schema knows (maps: every key), so the object is validated through a Proxy that records each
// property read; a key no validator read is a field no schema has (what `kubectl apply
// --validate=strict` reports).
function tracked(value, read) {
  if (value === null || typeof value !== "object") return value;
  if (!read.has(value)) read.set(value, new Set());
  return new Proxy(value, {
    get(target, key) {
      if (typeof key === "string") read.get(target).add(key);
      return tracked(target[key], read);
    },
    has(target, key) {
      if (typeof key === "string") read.get(target).add(key);
      return key in target;
    },
  });
}

function unknownFields(value, read, where, out) {
  if (Array.isArray(value)) value.forEach((v, i) => unknownFields(v, read, `${where}[${i}]`, out));
  else if (value && typeof value === "object") {
    const keys = read.get(value) || new Set();
    for (const k of Object.keys(value)) {
      if (!keys.has(k)) out.push(`${where}.${k}`);
      else unknownFields(value[k], read, `${where}.${k}`, out);
    }
  }
  return out;
}

function podSpecOf(o) {
  switch (o.kind) {
    case "Deployment":
    case "StatefulSet":
    case "Job":
      return o.spec && o.spec.template && o.spec.template.spec;
    case "CronJob":
      return o.spec && o.spec.jobTemplate && o.spec.jobTemplate.spec.template.spec;
    default:
      return undefined;
  }
}

function templateLabelsOf(o) {
  const t = o.kind === "CronJob" ? o.spec.jobTemplate.spec.template : o.spec && o.spec.template;
  return (t && t.metadata && t.metadata.labels) || {};
}

const matches = (selector, labels) =>
  Object.entries(selector || {}).every(([k, v]) => labels[k] === v);

function checkManifests(args) {
  let external = new Set();
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--external") external = new Set(args[++i].split(",").filter(Boolean));
    else files.push(args[i]);
  }
  if (!files.length) usage();
  const byKind = {};
  for (const file of files) {
    const objects = [];
    let docs;
    try {
      docs = yaml.loadAll(fs.readFileSync(file, "utf8"));
    } catch (e) {
      problem(file, `not YAML: ${e.message.split("\n")[0]}`);
      continue;
    }
    for (const o of docs) {
      if (o === null || o === undefined) continue;
      const where = `${path.basename(file)} ${o.kind}/${o.metadata && o.metadata.name}`;
      const module = MODULES[o.apiVersion];
      const Model = module && require(module)[o.kind];
      if (!Model) {
        problem(where, `no schema for ${o.apiVersion} ${o.kind}`);
        continue;
      }
      // kustomize v5 wraps long base64 values of a Secret's data at 70 characters; the API server's
      // decoder (Go's encoding/base64) skips line breaks, the schema's "byte" format does not.
      if (o.kind === "Secret" && o.data) {
        for (const k of Object.keys(o.data)) o.data[k] = String(o.data[k]).replace(/[\r\n]/g, "");
      }
      const read = new WeakMap();
      try {
        Model.prototype.validate.call(tracked(o, read));
      } catch (e) {
        problem(where, e.message);
        continue;
      }
      for (const field of unknownFields(o, read, "", [])) problem(where, `unknown field ${field}`);
      objects.push(o);
      byKind[o.kind] = (byKind[o.kind] || 0) + 1;
    }
    checkReferences(path.basename(file), objects, external);
  }
  const kinds = Object.entries(byKind)
    .sort()
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  finish(`manifests: ${total} objects valid (${kinds}); references, KEDA's broker and drain consistent`);
}

function checkReferences(file, objects, external) {
  const have = new Set(objects.map((o) => `${o.kind}/${o.metadata.name}`));
  const need = (where, kind, name) => {
    if (!have.has(`${kind}/${name}`) && !external.has(`${kind}/${name}`)) {
      problem(`${file} ${where}`, `refers to ${kind}/${name}, which is neither rendered nor declared external`);
    }
  };
  const pods = objects.filter(podSpecOf);
  for (const o of objects) {
    const where = `${o.kind}/${o.metadata.name}`;
    const spec = podSpecOf(o);
    if (spec) {
      if (o.spec.selector && o.spec.selector.matchLabels && !matches(o.spec.selector.matchLabels, templateLabelsOf(o))) {
        problem(`${file} ${where}`, "selector does not match the pod template's labels");
      }
      if (spec.serviceAccountName) need(where, "ServiceAccount", spec.serviceAccountName);
      for (const v of spec.volumes || []) {
        if (v.secret) need(where, "Secret", v.secret.secretName);
        if (v.configMap) need(where, "ConfigMap", v.configMap.name);
      }
      for (const c of [...(spec.initContainers || []), ...spec.containers]) {
        for (const f of c.envFrom || []) {
          if (f.configMapRef) need(where, "ConfigMap", f.configMapRef.name);
          if (f.secretRef) need(where, "Secret", f.secretRef.name);
        }
        for (const e of c.env || []) {
          const from = e.valueFrom || {};
          if (from.secretKeyRef) need(where, "Secret", from.secretKeyRef.name);
          if (from.configMapKeyRef) need(where, "ConfigMap", from.configMapKeyRef.name);
        }
        if (!c.resources || !c.resources.requests || !c.resources.limits) {
          problem(`${file} ${where}`, `container ${c.name} has no resource requests and limits`);
        }
        checkDrain(`${file} ${where}`, spec, c);
      }
    }
    if (o.kind === "Service" && o.spec.selector && !pods.some((p) => matches(o.spec.selector, templateLabelsOf(p)))) {
      problem(`${file} ${where}`, "selects no pod template");
    }
    if (o.kind === "PodDisruptionBudget" && !pods.some((p) => matches(o.spec.selector.matchLabels, templateLabelsOf(p)))) {
      problem(`${file} ${where}`, "selects no pod template");
    }
    if (o.kind === "HorizontalPodAutoscaler") need(where, o.spec.scaleTargetRef.kind, o.spec.scaleTargetRef.name);
    if (o.kind === "ScaledObject") {
      need(where, o.spec.scaleTargetRef.kind || "Deployment", o.spec.scaleTargetRef.name);
      for (const t of o.spec.triggers) {
        if (t.authenticationRef) need(where, t.authenticationRef.kind || "TriggerAuthentication", t.authenticationRef.name);
      }
    }
    if (o.kind === "ScaledObject") checkBrokerTriggers(`${file} ${where}`, o, objects);
    if (o.kind === "TriggerAuthentication") {
      for (const s of o.spec.secretTargetRef || []) need(where, "Secret", s.name);
    }
    if (o.kind === "RoleBinding") {
      need(where, o.roleRef.kind, o.roleRef.name);
      for (const s of o.subjects || []) if (s.kind === "ServiceAccount") need(where, "ServiceAccount", s.name);
    }
    if (o.kind === "Ingress") {
      for (const r of o.spec.rules || []) {
        for (const p of (r.http && r.http.paths) || []) need(where, "Service", p.backend.service.name);
      }
      for (const t of o.spec.tls || []) need(where, "Secret", t.secretName);
    }
  }
}

// KEDA must read the broker the application uses: each artemis-queue trigger's managementEndpoint
// is host:port of FAIRPACT_BROKER_CONSOLE_URL and its brokerName FAIRPACT_BROKER_NAME, from the
// ConfigMap the scaled Deployment reads (the overlays set them in two places).
function checkBrokerTriggers(where, scaled, objects) {
  const target = objects.find((o) => o.kind === "Deployment" && o.metadata.name === scaled.spec.scaleTargetRef.name);
  if (!target) return;
  const config = {};
  for (const c of target.spec.template.spec.containers) {
    for (const f of c.envFrom || []) {
      const map = f.configMapRef && objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === f.configMapRef.name);
      Object.assign(config, (map && map.data) || {});
    }
  }
  if (!config.FAIRPACT_BROKER_CONSOLE_URL) return;
  const consoleUrl = new URL(config.FAIRPACT_BROKER_CONSOLE_URL);
  const endpoint = `${consoleUrl.hostname}:${consoleUrl.port || (consoleUrl.protocol === "https:" ? 443 : 80)}`;
  for (const t of scaled.spec.triggers.filter((t) => t.type === "artemis-queue")) {
    if (t.metadata.managementEndpoint !== endpoint) {
      problem(where, `trigger ${t.name || t.metadata.queueName} reads ${t.metadata.managementEndpoint}, the application's broker console is ${endpoint}`);
    }
    if (config.FAIRPACT_BROKER_NAME && t.metadata.brokerName !== config.FAIRPACT_BROKER_NAME) {
      problem(where, `trigger ${t.name || t.metadata.queueName} names broker ${t.metadata.brokerName}, the application's is ${config.FAIRPACT_BROKER_NAME}`);
    }
  }
}

// The pod is given at least preStop + Payara Micro's shutdown grace before it is killed.
function checkDrain(where, spec, c) {
  const grace = (c.env || []).find((e) => e.name === "FAIRPACT_SHUTDOWN_GRACE_MS");
  if (!grace) return;
  const graceS = Number(grace.value) / 1000;
  const cmd = c.lifecycle && c.lifecycle.preStop && c.lifecycle.preStop.exec && c.lifecycle.preStop.exec.command;
  const sleepS = cmd && cmd[0] === "sleep" ? Number(cmd[1]) : 0;
  if (!cmd) problem(where, `container ${c.name} drains (FAIRPACT_SHUTDOWN_GRACE_MS) but has no preStop`);
  const period = spec.terminationGracePeriodSeconds === undefined ? 30 : spec.terminationGracePeriodSeconds;
  if (!(period > sleepS + graceS)) {
    problem(where, `terminationGracePeriodSeconds ${period} <= preStop ${sleepS} s + shutdown grace ${graceS} s`);
  }
  for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
    if (!c[probe]) problem(where, `container ${c.name} has no ${probe}`);
  }
}

// ------------------------------------------------------------------------------------------------
// metrics: the list, the code, the dashboard, the rules
// ------------------------------------------------------------------------------------------------
// LIST lines: `NAME TYPE [where]`; TYPE counter | gauge | timer (application) or platform.
// A timer NAME is exported as NAME_seconds_{bucket,count,sum,max} (Payara, unit nanoseconds).
function readList(file) {
  const application = new Map(); // registered name -> type
  const series = new Set(); // exported series names of the application
  const platform = new Set();
  for (const [i, raw] of fs.readFileSync(file, "utf8").split("\n").entries()) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [name, type] = line.split(/\s+/);
    if (type === "platform") platform.add(name);
    else if (type === "counter" || type === "gauge") {
      application.set(name, type);
      series.add(name);
    } else if (type === "timer") {
      application.set(name, type);
      for (const s of ["bucket", "count", "sum", "max"]) series.add(`${name}_seconds_${s}`);
    } else problem(`${file}:${i + 1}`, `unknown type '${type}'`);
  }
  return { application, series, platform };
}

function javaFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...javaFiles(p));
    else if (e.name.endsWith(".java")) out.push(p);
  }
  return out;
}

function checkMetricsList(args) {
  const [listFile, ...dirs] = args;
  if (!listFile || !dirs.length) usage();
  const { application } = readList(listFile);
  const inCode = new Map();
  for (const dir of dirs) {
    for (const f of javaFiles(dir)) {
      for (const m of fs.readFileSync(f, "utf8").matchAll(/"(fairpact_[a-z0-9_]+)"/g)) inCode.set(m[1], f);
    }
  }
  for (const [name, f] of inCode) if (!application.has(name)) problem(listFile, `${name} is registered in ${f} but not listed`);
  for (const name of application.keys()) if (!inCode.has(name)) problem(listFile, `${name} is listed but registered nowhere in the code`);
  finish(`metrics list: ${application.size} application metrics, the same as the code registers`);
}

const PROMQL_WORDS = new Set([
  "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless",
  "offset", "inf", "nan", "le",
]);

// The series names a PromQL expression selects: identifiers that are not functions, keywords,
// label names inside {...} or grouping clauses, strings or durations.
function seriesOf(expr) {
  const names = new Set();
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\$[A-Za-z_]\w*|\$\{[^}]*\}/g, " ");
  for (const m of stripped.matchAll(/([A-Za-z_:][A-Za-z0-9_:]*)\s*(\()?/g)) {
    if (m[2] || PROMQL_WORDS.has(m[1].toLowerCase())) continue;
    names.add(m[1]);
  }
  return names;
}

function exprsOf(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => exprsOf(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if ((k === "expr" || k === "query") && typeof v === "string") out.push(v);
      else if (k === "query" && v && typeof v.query === "string") out.push(v.query);
      else exprsOf(v, out);
    }
  }
  return out;
}

function checkDashboard(args) {
  let rulesOut;
  if (args[0] === "--rules-out") [, rulesOut, ...args] = args;
  const [listFile, file] = args;
  if (!listFile || !file) usage();
  const { series } = readList(listFile);
  let dashboard;
  try {
    dashboard = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    problem(file, `not JSON: ${e.message}`);
    return finish("");
  }
  if (!dashboard.title || !Array.isArray(dashboard.panels) || !dashboard.panels.length) {
    problem(file, "no title or no panels");
  }
  // Template variables of type query hold PromQL too (a datasource variable's query is a plugin id).
  const variables = ((dashboard.templating || {}).list || []).filter((v) => v.type === "query");
  const exprs = exprsOf(dashboard.panels || []).concat(exprsOf(variables));
  const used = new Set();
  for (const e of exprs) {
    for (const s of seriesOf(e)) {
      used.add(s);
      if (!series.has(s)) problem(file, `query '${e}' uses ${s}, which the application does not export`);
    }
  }
  // The queries as recording rules, for `promtool check rules` to parse them as Prometheus does.
  if (rulesOut) {
    const rules = exprs.map((expr, i) => ({ record: `dashboard:query_${i + 1}`, expr }));
    fs.writeFileSync(rulesOut, yaml.dump({ groups: [{ name: "dashboard-queries", rules }] }));
  }
  finish(`dashboard: ${(dashboard.panels || []).length} panels, ${exprs.length} queries over ${used.size} exported series`);
}

function checkRules(args) {
  const [listFile, file] = args;
  if (!listFile || !file) usage();
  const { series, platform } = readList(listFile);
  const doc = yaml.load(fs.readFileSync(file, "utf8"));
  let rules = 0;
  for (const g of doc.groups || []) {
    for (const r of g.rules || []) {
      rules++;
      for (const s of seriesOf(String(r.expr))) {
        if (!series.has(s) && !platform.has(s)) {
          problem(file, `rule ${r.alert || r.record} uses ${s}, neither exported by the application nor a listed platform metric`);
        }
      }
    }
  }
  finish(`rules: ${rules} rules name only exported or listed platform series`);
}

function usage() {
  console.error("usage: validate.js manifests [--external KIND/NAME,...] FILE... | metrics LIST DIR... | dashboard [--rules-out FILE] LIST FILE | rules LIST FILE");
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
({ manifests: checkManifests, metrics: checkMetricsList, dashboard: checkDashboard, rules: checkRules }[command] || usage)(rest);
