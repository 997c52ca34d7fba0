/** The user's own digits: the example store, reading labelled folders, import and export. */
package studio.adder.mydigits;

