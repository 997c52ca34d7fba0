/** Adder Studio: the entry point, which opens the window or runs a command. */
package studio.adder;

