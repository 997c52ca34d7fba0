/** The File and Model menus: open, recent models, export. */
package studio.adder.ui.library;

