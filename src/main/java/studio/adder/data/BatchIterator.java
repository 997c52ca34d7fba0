package studio.adder.data;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.translate.Batchifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * One epoch's batches of an {@link AdderDataset}. With an executor, the float arrays of the next
 * few batches are prepared on it while the caller trains on the current one; the native arrays are
 * always created on the calling thread, as MXNet needs. Each batch gets its own split of the
 * epoch's generator, in batch order, so the batches are the same with or without an executor.
 */
final class BatchIterator implements Iterator<Batch> {

    /** One batch as plain float arrays: safe to build on any thread. */
    record PreparedBatch(float[] images, float[] oneHot, float[] digits, float[] sums) {
        int size() {
            return digits.length;
        }
    }

    private final NDManager manager;
    private final Iterator<List<Long>> indices;
    private final long total;
    private final BiFunction<List<Long>, SplittableRandom, PreparedBatch> prepare;
    private final SplittableRandom random;
    private final ExecutorService executor;
    private final int prefetchNumber;
    private final Deque<Future<PreparedBatch>> prefetched = new ArrayDeque<>();
    private long progress;

    /**
     * @param manager each batch owns a sub-manager of it
     * @param indices the sampler's batches of sample indices
     * @param total samples in the epoch, for the batches' progress
     * @param prepare augments and assembles one batch; touches no native memory
     * @param random the epoch's generator
     * @param executor prepares upcoming batches, or null to prepare each on the calling thread
     * @param prefetchNumber how many batches to prepare ahead (at least one)
     */
    BatchIterator(NDManager manager, Iterator<List<Long>> indices, long total,
            BiFunction<List<Long>, SplittableRandom, PreparedBatch> prepare, SplittableRandom random,
            ExecutorService executor, int prefetchNumber) {
        this.manager = manager;
        this.indices = indices;
        this.total = total;
        this.prepare = prepare;
        this.random = random;
        this.executor = executor;
        this.prefetchNumber = prefetchNumber;
        prefetch();
    }

    @Override
    public boolean hasNext() {
        return !prefetched.isEmpty() || indices.hasNext();
    }

    @Override
    public Batch next() {
        PreparedBatch prepared;
        if (executor == null) {
            prepared = prepare.apply(indices.next(), random.split());
        } else {
            Future<PreparedBatch> head = prefetched.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            prefetch(); // keep the preparing thread busy while this batch trains
            prepared = await(head);
        }
        progress += prepared.size();
        return toBatch(manager, prepared, progress, total);
    }

    /** Turns a prepared batch into native arrays in a sub-manager owned by the batch. */
    static Batch toBatch(NDManager parent, PreparedBatch prepared, long progress, long total) {
        int size = prepared.size();
        NDManager batchManager = parent.newSubManager();
        NDList data = new NDList(
                batchManager.create(prepared.images(), new Shape(size, 1, 28, 28)),
                batchManager.create(prepared.oneHot(), new Shape(size, 10)));
        NDList labels = new NDList(batchManager.create(prepared.digits()), batchManager.create(prepared.sums()));
        return new Batch(batchManager, data, labels, size, Batchifier.STACK, Batchifier.STACK, progress, total);
    }

    private void prefetch() {
        while (executor != null && prefetched.size() < prefetchNumber && indices.hasNext()) {
            List<Long> batchIndices = indices.next();
            // Split in batch order on this thread, so the augmentation is the same as without prefetching.
            SplittableRandom batchRandom = random.split();
            prefetched.add(executor.submit(() -> prepare.apply(batchIndices, batchRandom)));
        }
    }

    private static PreparedBatch await(Future<PreparedBatch> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the next batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Preparing a batch failed", e.getCause());
        }
    }
}
