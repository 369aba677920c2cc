/**
 * Foreign-key cycles. Strongly connected components (util/graph: iterative Tarjan, so 50 000-table ERPs
 * do not overflow the stack), then one shortest simple cycle per component found by breadth-first search from
 * the component's smallest node. Deterministic: nodes and neighbours are visited in sorted order.
 */
import { findStronglyConnected } from '../../util/graph.js';
import { compareStrings } from '../../util/stable-json.js';

export interface ForeignKeyCycle {
  /** Ordered tables of one cycle, starting at the smallest key; the last one references the first. */
  readonly tables: readonly string[];
  /** Every table of the strongly connected component the cycle was taken from, sorted. */
  readonly component: readonly string[];
}

type Graph = ReadonlyMap<string, readonly string[]>;

function normalise(edges: ReadonlyMap<string, Iterable<string>>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [from, targets] of edges) {
    const list = graph.get(from) ?? [];
    for (const to of targets) if (to !== from) list.push(to); // self-references never block a load order
    graph.set(from, list);
    for (const to of targets) if (!graph.has(to)) graph.set(to, []);
  }
  for (const [node, list] of graph) graph.set(node, [...new Set(list)].sort(compareStrings));
  return graph;
}

/** Components of size ≥ 2 (each sorted, sorted by first id): the FK cycles' node sets. */
export function stronglyConnectedComponents(graph: Graph): string[][] {
  return findStronglyConnected(graph).filter((component) => component.length > 1);
}

/** Shortest cycle through `start` inside `members` (breadth-first, neighbours in sorted order). */
function shortestCycleFrom(graph: Graph, start: string, members: ReadonlySet<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      if (!previous.has(to) && to !== start) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start]; // unreachable for a real component
}

/** `edges`: table → tables it references. One cycle per strongly connected component. */
export function findForeignKeyCycles(edges: ReadonlyMap<string, Iterable<string>>): ForeignKeyCycle[] {
  const graph = normalise(edges);
  return stronglyConnectedComponents(graph).map((component) => ({
    tables: shortestCycleFrom(graph, component[0]!, new Set(component)),
    component,
  }));
}
