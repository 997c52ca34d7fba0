/** The Draw tab: the canvas, live prediction and its view model. */
package studio.adder.ui.draw;

