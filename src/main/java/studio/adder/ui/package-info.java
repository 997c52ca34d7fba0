/** The JavaFX window: the application, its composition root, theme and Help. */
package studio.adder.ui;

