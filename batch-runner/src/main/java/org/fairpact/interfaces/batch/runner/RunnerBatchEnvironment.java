package org.fairpact.interfaces.batch.runner;

import jakarta.transaction.TransactionManager;
import java.util.Properties;
import javax.sql.DataSource;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.se.BatchSEEnvironment;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;

/**
 * JBeret SE's environment (Weld SE artefacts, job XML from {@code META-INF/batch-jobs}, its local
 * transaction manager, a thread pool) with the job repository in the application's PostgreSQL
 * database: JBeret's JDBC repository over the runner's data source, its tables named with {@code
 * tablePrefix} (e.g. {@code jberet_job_execution}) so that they stay apart from Payara's JBatch
 * tables. JBeret creates them on first use. Configured in code, not by a {@code jberet.properties}
 * on the class path, because the database comes from the environment.
 */
final class RunnerBatchEnvironment implements BatchEnvironment {

  private final BatchSEEnvironment se = new BatchSEEnvironment();
  private final Properties properties = new Properties();
  private final JobRepository repository;

  RunnerBatchEnvironment(DataSource dataSource, String tablePrefix) {
    properties.setProperty("job-repository-type", "jdbc");
    properties.setProperty(JdbcRepository.DB_TABLE_PREFIX_KEY, tablePrefix);
    repository = new JdbcRepository(dataSource, properties);
  }

  @Override
  public ClassLoader getClassLoader() {
    return se.getClassLoader();
  }

  @Override
  public ArtifactFactory getArtifactFactory() {
    return se.getArtifactFactory();
  }

  @Override
  public void submitTask(JobTask task) {
    se.submitTask(task);
  }

  /** JBeret's {@code LocalTransactionManager}: records a status, enlists no resource. */
  @Override
  public TransactionManager getTransactionManager() {
    return se.getTransactionManager();
  }

  @Override
  public JobRepository getJobRepository() {
    return repository;
  }

  @Override
  public JobXmlResolver getJobXmlResolver() {
    return se.getJobXmlResolver();
  }

  @Override
  public Properties getBatchConfigurationProperties() {
    return properties;
  }

  @Override
  public String getApplicationName() {
    return "fairpact-batch-runner";
  }
}
