package studio.adder.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

class SkeletonizerTest {

    @Test
    void thinsAThickBarToAOneCellLine() {
        InkGrid grid = new InkGrid(44, 16);
        fill(grid, 2, 4, 41, 11);

        Skeletonizer.thin(grid);

        assertFalse(hasTwoByTwoBlock(grid), "one cell wide");
        int cells = count(grid);
        assertTrue(cells >= 25 && cells <= 45, "about the bar's length, got " + cells);
        assertEquals(cells, reachableInk(grid), "still one piece");
    }

    @Test
    void keepsTheHoleOfARing() {
        InkGrid grid = new InkGrid(50, 50);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                double distance = Math.hypot(x - 25, y - 25);
                grid.set(x, y, distance >= 9 && distance <= 20);
            }
        }

        Skeletonizer.thin(grid);

        assertFalse(hasTwoByTwoBlock(grid));
        assertFalse(grid.get(25, 25));
        assertFalse(backgroundReaches(grid, 25, 25), "the centre is still enclosed");
        assertEquals(count(grid), reachableInk(grid), "the ring is not cut");
    }

    @Test
    void leavesAnAlreadyThinLineAlone() {
        InkGrid grid = new InkGrid(20, 5);
        fill(grid, 2, 2, 17, 2);

        Skeletonizer.thin(grid);

        assertEquals(16, count(grid));
    }

    private static void fill(InkGrid grid, int left, int top, int right, int bottom) {
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                grid.set(x, y, true);
            }
        }
    }

    private static int count(InkGrid grid) {
        int count = 0;
        for (boolean cell : grid.cells) {
            count += cell ? 1 : 0;
        }
        return count;
    }

    private static boolean hasTwoByTwoBlock(InkGrid grid) {
        for (int y = 0; y + 1 < grid.height; y++) {
            for (int x = 0; x + 1 < grid.width; x++) {
                if (grid.get(x, y) && grid.get(x + 1, y) && grid.get(x, y + 1) && grid.get(x + 1, y + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Ink cells 8-connected to the first ink cell found. */
    private static int reachableInk(InkGrid grid) {
        int start = -1;
        for (int i = 0; i < grid.cells.length && start < 0; i++) {
            start = grid.cells[i] ? i : -1;
        }
        return flood(grid, start, true, true);
    }

    /** Whether background 4-connected to the grid's corner reaches the given cell. */
    private static boolean backgroundReaches(InkGrid grid, int x, int y) {
        boolean[] seen = new boolean[grid.cells.length];
        flood(grid, 0, false, false, seen);
        return seen[y * grid.width + x];
    }

    private static int flood(InkGrid grid, int start, boolean ink, boolean diagonals) {
        return flood(grid, start, ink, diagonals, new boolean[grid.cells.length]);
    }

    private static int flood(InkGrid grid, int start, boolean ink, boolean diagonals, boolean[] seen) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        int reached = 0;
        while (!queue.isEmpty()) {
            int index = queue.poll();
            reached++;
            int x = index % grid.width;
            int y = index / grid.width;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    boolean step = (dx != 0 || dy != 0) && (diagonals || dx == 0 || dy == 0);
                    if (step && nx >= 0 && ny >= 0 && nx < grid.width && ny < grid.height) {
                        int next = ny * grid.width + nx;
                        if (!seen[next] && grid.cells[next] == ink) {
                            seen[next] = true;
                            queue.add(next);
                        }
                    }
                }
            }
        }
        return reached;
    }
}
