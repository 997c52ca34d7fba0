/** The models a user has opened recently. */
package studio.adder.library;

