package studio.adder;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

public final class Main {
    public static void main(String[] args) {
        System.out.println(Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion());
        try (NDManager m = NDManager.newBaseManager()) {
            System.out.println(m.ones(new ai.djl.ndarray.types.Shape(2, 2)).sum());
        }
    }
}
