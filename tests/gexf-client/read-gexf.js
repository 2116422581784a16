// read-gexf.js FILE -- reads a GEXF file with graphology-gexf (a real GEXF
// client, the parser of Sigma.js and Gephi Lite) and prints what it
// understood as JSON: graph type, counts, every node and edge with its
// attributes. tests/sh/export-graphology.sh compares this with armsgraph's
// own JSON export of the same graph.
'use strict';
const fs = require('fs');
const {MultiDirectedGraph} = require('graphology');
const {parse} = require('graphology-gexf');

const xml = fs.readFileSync(process.argv[2], 'utf8');
const graph = parse(MultiDirectedGraph, xml);
const out = {
  type: graph.type,
  multi: graph.multi,
  order: graph.order,
  size: graph.size,
  nodes: [],
  edges: []
};
graph.forEachNode((key, a) => out.nodes.push(Object.assign({key}, a)));
graph.forEachEdge((key, a, source, target) =>
  out.edges.push(Object.assign({key, source, target}, a)));
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
