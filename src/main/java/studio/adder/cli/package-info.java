/**
 * The command line (picocli): train, evaluate, predict, export, fetch-mnist, bench and their text
 * reports.
 */
package studio.adder.cli;

