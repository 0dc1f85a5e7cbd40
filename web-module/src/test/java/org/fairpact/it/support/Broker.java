package org.fairpact.it.support;

import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** The test broker seen from outside the application: send, browse, and read queue counters. */
public final class Broker {

  private Broker() {}

  public static void send(String queue, String text, String duplicateId) {
    try (ActiveMQConnectionFactory factory = factory();
        JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
      TextMessage message = context.createTextMessage(text);
      message.setStringProperty("_AMQ_DUPL_ID", duplicateId);
      message.setStringProperty("analysisId", duplicateId);
      context.createProducer().send(context.createQueue(queue), message);
    } catch (Exception e) {
      throw new IllegalStateException("cannot send to " + queue, e);
    }
  }

  /** The analysisId properties of the messages now in a queue. */
  public static List<String> browseAnalysisIds(String queue) {
    try (ActiveMQConnectionFactory factory = factory();
        JMSContext context = factory.createContext();
        QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
      List<String> ids = new java.util.ArrayList<>();
      for (Object message : Collections.list(browser.getEnumeration())) {
        ids.add(analysisId((Message) message));
      }
      return ids;
    } catch (Exception e) {
      throw new IllegalStateException("cannot browse " + queue, e);
    }
  }

  /**
   * Lets nobody send to {@code address} until {@link #allowSends} (a real broker-side refusal, for
   * fault tests); consuming and browsing stay allowed for the broker's role.
   */
  public static void refuseSends(String address) {
    String role = ROLE;
    exec(
        "addSecuritySettings(java.lang.String,java.lang.String,java.lang.String,java.lang.String,"
            + "java.lang.String,java.lang.String,java.lang.String,java.lang.String,"
            + "java.lang.String,java.lang.String,java.lang.String)",
        address,
        "nobody",
        role,
        role,
        role,
        role,
        role,
        role,
        role,
        role,
        role);
  }

  public static void allowSends(String address) {
    exec("removeSecuritySettings(java.lang.String)", address);
  }

  private static final String ROLE = "amq";

  private static void exec(String operation, String... arguments) {
    var json =
        Json.createObjectBuilder()
            .add("type", "exec")
            .add(
                "mbean",
                "org.apache.activemq.artemis:broker=\""
                    + TestEnvironment.require("FAIRPACT_BROKER_NAME")
                    + "\"")
            .add("operation", operation);
    var args = Json.createArrayBuilder();
    for (String argument : arguments) {
      args.add(argument);
    }
    json.add("arguments", args);
    JsonObject answer = jolokia(HttpRequest.BodyPublishers.ofString(json.build().toString()), "");
    if (answer.getInt("status", 500) != 200) {
      throw new IllegalStateException("jolokia exec " + operation + ": " + answer);
    }
  }

  /** A queue attribute (MessageCount, MessagesAdded...) read through Jolokia. */
  public static long attribute(String queue, String attribute) {
    String mbean =
        String.format(
            "org.apache.activemq.artemis:broker=\"%s\",component=addresses,address=\"%s\","
                + "subcomponent=queues,routing-type=\"anycast\",queue=\"%s\"",
            TestEnvironment.require("FAIRPACT_BROKER_NAME"), queue, queue);
    String path =
        "read/"
            + URLEncoder.encode(mbean, StandardCharsets.UTF_8).replace("+", "%20")
            + "/"
            + attribute;
    JsonObject json = jolokia(null, path);
    if (json.getInt("status", 500) != 200) {
      throw new IllegalStateException("jolokia: " + json);
    }
    return json.getJsonNumber("value").longValue();
  }

  private static JsonObject jolokia(HttpRequest.BodyPublisher post, String path) {
    String credentials =
        TestEnvironment.require("FAIRPACT_BROKER_USER")
            + ":"
            + TestEnvironment.require("FAIRPACT_BROKER_PASSWORD");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    TestEnvironment.require("FAIRPACT_BROKER_CONSOLE_URL")
                        + "/console/jolokia/"
                        + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .header("Origin", "http://127.0.0.1");
    if (post != null) {
      request.header("Content-Type", "application/json").POST(post);
    }
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    } catch (Exception e) {
      throw new IllegalStateException("jolokia " + path, e);
    }
  }

  private static String analysisId(Message message) {
    try {
      return message.getStringProperty("analysisId");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ActiveMQConnectionFactory factory() {
    return new ActiveMQConnectionFactory(
        "tcp://"
            + TestEnvironment.require("FAIRPACT_BROKER_HOST")
            + ":"
            + TestEnvironment.require("FAIRPACT_BROKER_PORT"),
        TestEnvironment.require("FAIRPACT_BROKER_USER"),
        TestEnvironment.require("FAIRPACT_BROKER_PASSWORD"));
  }
}
