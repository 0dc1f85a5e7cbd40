package org.fairpact.interfaces.batch.runner;

import io.smallrye.config.inject.ConfigExtension;
import java.io.PrintStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.application.ClauseSyncSources;
import org.fairpact.infrastructure.logging.LoggerProducer;
import org.fairpact.infrastructure.messaging.jms.RunnerRegisterChanges;
import org.fairpact.infrastructure.persistence.jdbc.JdbcClauseSyncStore;
import org.fairpact.infrastructure.persistence.jdbc.RunnerDatabase;
import org.fairpact.interfaces.batch.ClauseSyncHeartbeat;
import org.fairpact.interfaces.batch.ClauseSyncJobListener;
import org.fairpact.interfaces.batch.DeactivateUnseenEntries;
import org.fairpact.interfaces.batch.RegisterEntryProcessor;
import org.fairpact.interfaces.batch.RegisterEntryReader;
import org.fairpact.interfaces.batch.RegisterEntryWriter;
import org.fairpact.interfaces.batch.SkippedRowReporter;
import org.jberet.creation.BatchCDIExtension;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The standalone batch runner's entry point: {@code batch-runner clause-sync [--source FILE|URL]}.
 * Exits with {@link ExitCode}. The CDI container (Weld SE) holds exactly the job's artefacts from
 * batch-jobs and what they need here: the source allow-list ({@link ClauseSyncSources}, configured
 * by MicroProfile Config as in the server), the JDBC store in place of the server's EJB, the data
 * source and the logger producer. No bean archive is scanned, so none of the server's EJBs, JPA
 * repositories or message consumers is ever a bean here.
 */
public final class BatchRunner {

  /** Kept referenced: JUL forgets the level of a logger nobody holds. */
  private static final List<Logger> QUIET =
      List.of(Logger.getLogger("org.jboss"), Logger.getLogger("org.jberet"));

  private BatchRunner() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err).code());
  }

  static ExitCode run(List<String> args, PrintStream out, PrintStream err) {
    RunnerArguments arguments;
    try {
      arguments = RunnerArguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("batch-runner: " + e.getMessage());
      err.print(RunnerArguments.USAGE);
      return ExitCode.USAGE;
    }
    if (arguments.help()) {
      out.print(RunnerArguments.USAGE);
      return ExitCode.COMPLETED;
    }
    QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
    try (WeldContainer container = container()) {
      return new ClauseSyncRun(container, out, err).run(arguments.source());
    } catch (RuntimeException e) {
      err.println("batch-runner: cannot run clause-sync: " + e);
      if (Boolean.getBoolean("fairpact.batch.trace")) {
        e.printStackTrace(err);
      }
      return ExitCode.ERROR;
    }
  }

  /** The container JBeret SE's artefact factory finds (the registry's static instance). */
  private static WeldContainer container() {
    return new Weld(RegistrySingletonProvider.STATIC_INSTANCE)
        .disableDiscovery()
        // with discovery off, Weld loads no extension by itself: JBeret's (JobContext, StepContext,
        // @BatchProperty) and SmallRye Config's (@ConfigProperty) are named here
        .addExtension(new BatchCDIExtension())
        .addExtension(new ConfigExtension())
        .addBeanClasses(
            RegisterEntryReader.class,
            RegisterEntryProcessor.class,
            RegisterEntryWriter.class,
            DeactivateUnseenEntries.class,
            ClauseSyncJobListener.class,
            ClauseSyncHeartbeat.class,
            SkippedRowReporter.class,
            ClauseSyncSources.class,
            JdbcClauseSyncStore.class,
            RunnerDatabase.class,
            RunnerRegisterChanges.class,
            LoggerProducer.class)
        .initialize();
  }
}
