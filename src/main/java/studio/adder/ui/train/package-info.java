/** The Train tab: settings form, run control, live charts and their view model. */
package studio.adder.ui.train;

