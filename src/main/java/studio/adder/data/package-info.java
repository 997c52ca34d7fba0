/** MNIST: IDX files, fetching and verifying them, and the DJL dataset that batches them. */
package studio.adder.data;

