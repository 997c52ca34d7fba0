/**
 * What the {@code bench} command measures: training throughput and profiles, epoch throughput,
 * memory soak, the matrix-multiply ceiling, multiply-accumulates.
 */
package studio.adder.bench;

