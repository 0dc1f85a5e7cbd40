/**
 * Command line tools run by {@code bin/fairpact} on analysis-tools' runtime classpath: {@code
 * TrainModel} (train and write the clause model), {@code Evaluate} (figures on a labelled file, as
 * production runs), {@code Benchmark} (speed over a folder of contracts) and {@code OcrBenchmark}.
 * Each prints a table or progress and ends with one line of JSON (written with JSON-P). Top of the
 * dependency graph: nothing depends on it.
 */
package org.fairpact.analysis.cli;
