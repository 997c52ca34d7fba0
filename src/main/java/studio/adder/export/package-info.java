/** Writing a trained model for others: the DJL archive and its contract. */
package studio.adder.export;

