/**
 * Command line tools run by {@code bin/fairpact}: {@code TrainModel} (train and write the clause
 * model), {@code Evaluate} (figures on a labelled file, as production runs) and {@code Benchmark}
 * (speed over a folder of contracts). Each prints a table or progress and ends with one line of
 * JSON. Top of the dependency graph: nothing depends on it.
 */
package org.fairpact.analysis.cli;
