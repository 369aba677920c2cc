/**
 * Foreign-key cycles. Tarjan's strongly connected components (iterative, so 50 000-table ERPs do not
 * overflow the stack), then one shortest simple cycle per component found by breadth-first search from
 * the component's smallest node. Deterministic: nodes and neighbours are visited in sorted order.
 */
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

/** Tarjan's algorithm without recursion; returns components of size ≥ 2, each sorted. */
export function stronglyConnectedComponents(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const root of [...graph.keys()].sort(compareStrings)) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const neighbours = graph.get(frame.node) ?? [];
      if (frame.next < neighbours.length) {
        const to = neighbours[frame.next]!;
        frame.next += 1;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter);
          counter += 1;
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) components.push(component.sort(compareStrings));
      }
    }
  }
  return components.sort((a, b) => compareStrings(a[0]!, b[0]!));
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
