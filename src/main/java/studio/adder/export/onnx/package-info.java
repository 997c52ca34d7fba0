/** Export to ONNX. */
package studio.adder.export.onnx;

