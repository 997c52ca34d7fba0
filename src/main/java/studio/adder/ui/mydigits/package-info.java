/** The My digits tab. */
package studio.adder.ui.mydigits;

