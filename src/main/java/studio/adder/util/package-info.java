/** Small helpers every layer shares: the app's home folder, atomic writes, SHA-256, enum ids. */
package studio.adder.util;

