package com.careergpt.service.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Vector arithmetic and the stored form of a vector (float32, little-endian). */
public final class Vectors {

    private Vectors() {
    }

    /** The vector scaled to length 1 (a zero vector stays zero). */
    public static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float[] unit = new float[vector.length];
        if (norm == 0) {
            return unit;
        }
        double scale = 1 / Math.sqrt(norm);
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] * scale);
        }
        return unit;
    }

    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] fromBytes(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
