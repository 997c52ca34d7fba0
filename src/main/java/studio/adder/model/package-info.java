/** The networks (one class per architecture), model cards, model folders and archives. */
package studio.adder.model;

