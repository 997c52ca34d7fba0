package studio.adder.preprocess;

/**
 * Zhang-Suen thinning: peels ink off a {@link InkGrid} layer by layer until only one-cell-wide centre lines
 * remain, which is the pen's path with its width forgotten.
 */
final class Skeletonizer {

    /**
     * For each arrangement of the 8 neighbours (bit 0 = north, then clockwise), whether the first or second
     * sub-pass may delete the centre cell. Precomputing the rules keeps the inner loop to one table lookup.
     */
    private static final boolean[] DELETABLE_FIRST = new boolean[256];
    private static final boolean[] DELETABLE_SECOND = new boolean[256];

    static {
        for (int mask = 0; mask < 256; mask++) {
            boolean north = bit(mask, 0);
            boolean east = bit(mask, 2);
            boolean south = bit(mask, 4);
            boolean west = bit(mask, 6);
            int neighbours = Integer.bitCount(mask);
            // Keep end points (fewer than 2 neighbours), interior cells (more than 6) and cells whose removal
            // would split the ink (more than one run of neighbours around the ring).
            boolean simpleBorder = neighbours >= 2 && neighbours <= 6 && runsAround(mask) == 1;
            DELETABLE_FIRST[mask] = simpleBorder && !(north && east && south) && !(east && south && west);
            DELETABLE_SECOND[mask] = simpleBorder && !(north && east && west) && !(north && south && west);
        }
    }

    private Skeletonizer() {
    }

    /** Thins the grid in place; the outermost cells must be empty, which {@link InkGrid} guarantees. */
    static void thin(InkGrid grid) {
        int[] doomed = new int[grid.cells.length];
        boolean changed = true;
        while (changed) {
            changed = peel(grid, DELETABLE_FIRST, doomed);
            changed |= peel(grid, DELETABLE_SECOND, doomed);
        }
    }

    /** One sub-pass: decide every deletion against the same grid first, then apply them together. */
    private static boolean peel(InkGrid grid, boolean[] deletable, int[] doomed) {
        int count = 0;
        int width = grid.width;
        boolean[] cells = grid.cells;
        for (int y = 1; y < grid.height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int index = y * width + x;
                if (cells[index] && deletable[neighbourMask(cells, index, width)]) {
                    doomed[count++] = index;
                }
            }
        }
        for (int i = 0; i < count; i++) {
            cells[doomed[i]] = false;
        }
        return count > 0;
    }

    private static int neighbourMask(boolean[] cells, int index, int width) {
        int north = index - width;
        int south = index + width;
        return (cells[north] ? 1 : 0)
                | (cells[north + 1] ? 2 : 0)
                | (cells[index + 1] ? 4 : 0)
                | (cells[south + 1] ? 8 : 0)
                | (cells[south] ? 16 : 0)
                | (cells[south - 1] ? 32 : 0)
                | (cells[index - 1] ? 64 : 0)
                | (cells[north - 1] ? 128 : 0);
    }

    /** Counts empty-to-ink steps walking once around the ring of neighbours. */
    private static int runsAround(int mask) {
        int runs = 0;
        for (int i = 0; i < 8; i++) {
            if (!bit(mask, i) && bit(mask, (i + 1) % 8)) {
                runs++;
            }
        }
        return runs;
    }

    private static boolean bit(int mask, int position) {
        return (mask & (1 << position)) != 0;
    }
}
