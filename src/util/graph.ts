/**
 * Directed graphs over string node ids: strongly connected components (Tarjan) and dependency
 * levels. Deterministic: nodes and neighbours are visited in ordinal order of their ids.
 */
import { compareStrings } from './stable-json.js';

/** `edges.get(a)` = the nodes `a` points to (for FKs: child → parent). */
export type Adjacency = ReadonlyMap<string, readonly string[]>;

export function makeAdjacency(nodes: readonly string[], edges: readonly (readonly [string, string])[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const node of [...nodes].sort(compareStrings)) out.set(node, []);
  for (const [from, to] of edges) {
    const list = out.get(from);
    if (list && out.has(to) && !list.includes(to)) list.push(to);
  }
  for (const list of out.values()) list.sort(compareStrings);
  return out;
}

/** Tarjan's algorithm, iterative (no recursion limit on deep ERP schemas). Each component sorted; components sorted by first id. */
export function findStronglyConnected(graph: Adjacency): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
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
        const next = neighbours[frame.next]!;
        frame.next += 1;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter);
          counter += 1;
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component.sort(compareStrings));
      }
    }
  }
  return components.sort((a, b) => compareStrings(a[0]!, b[0]!));
}

/** Shortest path from `from` to `to` (breadth first, neighbours in order), or null. Includes both ends. */
export function findPath(graph: Adjacency, from: string, to: string): string[] | null {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) {
      const path: string[] = [];
      for (let at: string | null = node; at !== null; at = previous.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const next of graph.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * Level of each node in an acyclic graph where edges point at prerequisites: 0 = no prerequisite,
 * otherwise 1 + the highest prerequisite level. Self-loops are ignored; throws on a remaining cycle.
 */
export function makeDependencyLevels(graph: Adjacency): Map<string, number> {
  const levels = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (start: string): void => {
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    visiting.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const deps = (graph.get(frame.node) ?? []).filter((dep) => dep !== frame.node);
      if (frame.next < deps.length) {
        const dep = deps[frame.next]!;
        frame.next += 1;
        if (levels.has(dep)) continue;
        if (visiting.has(dep)) throw new Error(`dependency cycle through ${dep}`);
        visiting.add(dep);
        work.push({ node: dep, next: 0 });
        continue;
      }
      work.pop();
      visiting.delete(frame.node);
      levels.set(frame.node, deps.reduce((max, dep) => Math.max(max, (levels.get(dep) ?? 0) + 1), 0));
    }
  };
  for (const node of [...graph.keys()].sort(compareStrings)) if (!levels.has(node)) visit(node);
  return levels;
}
