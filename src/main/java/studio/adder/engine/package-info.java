/** The deep-learning engine: choosing and starting it, its devices, and the one thread that runs it. */
package studio.adder.engine;

