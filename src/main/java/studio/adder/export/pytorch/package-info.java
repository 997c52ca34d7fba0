/** Export to a PyTorch folder (safetensors and a small model file). */
package studio.adder.export.pytorch;

