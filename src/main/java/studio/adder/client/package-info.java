/**
 * The public client API of exported models: inputs and answers, translators, and the factories DJL
 * finds by name.
 */
package studio.adder.client;

