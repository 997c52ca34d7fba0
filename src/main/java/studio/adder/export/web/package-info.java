/** Export to a self-contained web page. */
package studio.adder.export.web;

