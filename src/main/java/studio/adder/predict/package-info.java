/** The app's prediction service: the active model and its answers. */
package studio.adder.predict;

