// Geometry the editor needs before it asks the server: which micro-grids are
// neighbours and the boundary they share, how many pieces a drawn line cuts,
// and the next free code. The server decides; these only prepare the request.
// Neighbours in a valid division share their edges vertex for vertex, so a
// shared boundary is a run of vertices both rings have in the same order.

const key = ([x, y]) => `${x.toFixed(7)},${y.toFixed(7)}`;

/** The outer ring of a GeoJSON Polygon (or the first polygon of a MultiPolygon), without its closing position. */
function ring(geometry) {
  const outer = geometry.type === 'MultiPolygon' ? geometry.coordinates[0][0] : geometry.coordinates[0];
  return outer.slice(0, -1);
}

function segments(positions) {
  const set = new Set();
  for (let i = 0; i < positions.length; i += 1) {
    const a = key(positions[i]);
    const b = key(positions[(i + 1) % positions.length]);
    set.add(`${a}|${b}`);
    set.add(`${b}|${a}`);
  }
  return set;
}

/**
 * The boundary two micro-grids share, as a GeoJSON LineString from one end to
 * the other along the first one's ring, or null when they share no segment.
 * Where they share more than one stretch, the longest (in vertices) is taken.
 */
export function sharedEdge(first, second) {
  const a = ring(first);
  const other = segments(ring(second));
  const n = a.length;
  const shared = (i) => other.has(`${key(a[i])}|${key(a[(i + 1) % n])}`);
  if (!a.some((_, i) => shared(i))) {
    return null;
  }
  if (a.every((_, i) => shared(i))) {
    return null; // the same ring: not two neighbours
  }
  // Start after a segment that is not shared, so a stretch across the ring's seam stays in one piece.
  const start = a.findIndex((_, i) => !shared(i)) + 1;
  let best = [];
  let run = [];
  for (let step = 0; step < n; step += 1) {
    const i = (start + step) % n;
    if (shared(i)) {
      if (run.length === 0) {
        run.push(a[i]);
      }
      run.push(a[(i + 1) % n]);
    } else {
      if (run.length > best.length) {
        best = run;
      }
      run = [];
    }
  }
  if (run.length > best.length) {
    best = run;
  }
  return { type: 'LineString', coordinates: best };
}

/** The codes of the features that share an edge with the one given. */
export function neighbours(feature, features) {
  return features.filter((f) => f.id !== feature.id && sharedEdge(feature.geometry, f.geometry) !== null).map((f) => f.id);
}

function inside([x, y], positions) {
  let within = false;
  for (let i = 0, j = positions.length - 1; i < positions.length; j = i, i += 1) {
    const [xi, yi] = positions[i];
    const [xj, yj] = positions[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      within = !within;
    }
  }
  return within;
}

function crossing(p, p2, q, q2) {
  const d = (p2[0] - p[0]) * (q2[1] - q[1]) - (p2[1] - p[1]) * (q2[0] - q[0]);
  if (d === 0) {
    return null;
  }
  const t = ((q[0] - p[0]) * (q2[1] - q[1]) - (q[1] - p[1]) * (q2[0] - q[0])) / d;
  const u = ((q[0] - p[0]) * (p2[1] - p[1]) - (q[1] - p[1]) * (p2[0] - p[0])) / d;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : null;
}

/**
 * How many pieces the line cuts the polygon into, as a first guess for the
 * parts' forms: one more than the stretches of the line inside it that run
 * from boundary to boundary. The server's dry run gives the real count.
 */
export function piecesCut(polygon, line) {
  const positions = ring(polygon);
  const closed = positions.concat([positions[0]]);
  let chords = 0;
  const path = line.coordinates;
  const hits = [];
  for (let s = 0; s + 1 < path.length; s += 1) {
    for (let e = 0; e + 1 < closed.length; e += 1) {
      const t = crossing(path[s], path[s + 1], closed[e], closed[e + 1]);
      if (t !== null) {
        hits.push(s + t);
      }
    }
  }
  hits.sort((x, y) => x - y);
  const at = (m) => {
    const s = Math.min(Math.floor(m), path.length - 2);
    const t = m - s;
    return [path[s][0] + (path[s + 1][0] - path[s][0]) * t, path[s][1] + (path[s + 1][1] - path[s][1]) * t];
  };
  for (let i = 0; i + 1 < hits.length; i += 1) {
    if (hits[i + 1] - hits[i] > 1e-9 && inside(at((hits[i] + hits[i + 1]) / 2), positions)) {
      chords += 1;
    }
  }
  return Math.max(2, chords + 1);
}

/**
 * The next {@code count} unused codes of a grid: its code and two digits,
 * above every code seen in it (so a retired code is not offered again).
 */
export function nextCodes(gridCode, seenCodes, count) {
  let highest = 0;
  seenCodes.forEach((code) => {
    if (code.startsWith(gridCode) && code.length === gridCode.length + 2) {
      highest = Math.max(highest, Number(code.substring(gridCode.length)) || 0);
    }
  });
  const codes = [];
  for (let n = highest + 1; codes.length < count && n <= 99; n += 1) {
    codes.push(gridCode + String(n).padStart(2, '0'));
  }
  return codes;
}
