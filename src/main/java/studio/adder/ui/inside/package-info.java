/** The Inside tab: what the model sees, every layer's feature maps, the sum head and the map of all digits. */
package studio.adder.ui.inside;
