/**
 * The one way into training ({@link studio.adder.train.TrainingService}), the stoppable loop,
 * settings, schedules and evaluation.
 */
package studio.adder.train;

