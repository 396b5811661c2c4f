// The editor's requests, all through api.js (CSRF token, reading one's own
// writes). Each edit can be sent as a dry run (same rules, nothing stored) and
// answers either the outcome or a refusal the panel can show.
import { api, json } from '../api.js';

const path = (value) => encodeURIComponent(value);

/** A refusal: the HTTP status and the problem body (errors with rule and geometry; changes on a 409). */
export class Refused extends Error {
  constructor(status, problem) {
    super(problem.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function send(method, url, body, dryRun) {
  if (!body.reason) {
    delete body.reason; // a dry run needs none; a submission without one is refused before it is sent
  }
  const response = await api(dryRun ? `${url}?dryRun=true` : url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Refused(response.status, answer);
  }
  return answer;
}

/** The grid (a GeoJSON Feature with properties.version) and its micro-grids (a FeatureCollection). */
export async function loadGrid(gridCode) {
  const response = await api(`/api/grids/${path(gridCode)}`);
  if (response.status === 404) {
    return null;
  }
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  const grid = await response.json();
  const microGrids = await json(`/api/grids/${path(gridCode)}/micro-grids`);
  return { grid, microGrids };
}

const base = (gridCode) => `/api/grids/${path(gridCode)}/micro-grids`;

export function split(gridCode, microGridCode, { line, parts, reason, expectedVersion }, dryRun) {
  return send('POST', `${base(gridCode)}/${path(microGridCode)}/split`, { line, parts, reason, expectedVersion }, dryRun);
}

export function merge(gridCode, { microGridCodes, merged, reason, expectedVersion }, dryRun) {
  return send('POST', `${base(gridCode)}/merge`, { microGridCodes, merged, reason, expectedVersion }, dryRun);
}

export function moveSharedEdge(gridCode, microGridCode, neighbourCode, { edge, reason, expectedVersion }, dryRun) {
  return send('PUT', `${base(gridCode)}/${path(microGridCode)}/shared-edges/${path(neighbourCode)}`,
    { edge, reason, expectedVersion }, dryRun);
}

export function retire(gridCode, microGridCode, { neighbourCode, reason, expectedVersion }, dryRun) {
  return send('POST', `${base(gridCode)}/${path(microGridCode)}/retire`, { neighbourCode, reason, expectedVersion }, dryRun);
}

export function assignPeople(gridCode, microGridCode, people) {
  return send('PUT', `${base(gridCode)}/${path(microGridCode)}/people`, people, false);
}

export function lineage(microGridCode) {
  return json(`/api/micro-grids/${path(microGridCode)}/lineage`);
}
