/** The ink pipeline: any picture or drawing to an MNIST-style 28x28 image. */
package studio.adder.preprocess;

