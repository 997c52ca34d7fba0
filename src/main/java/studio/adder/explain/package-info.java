/** Looking inside a model: layer outputs, kernels, saliency, the sum head's maps and the map of all digits. */
package studio.adder.explain;

