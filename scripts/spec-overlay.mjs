// The crates.io OpenAPI document (src/api/openapi.json) is vendored untouched.
// This overlay applies the facts it leaves out, each checked against the
// crates.io server and listed in docs/api-gaps.md. It is used by the type generator
// and by the mock registry's contract test, so both see the same contract.

const errorResponse = {
  description: 'Error (every 4xx/5xx answer of the crates.io API)',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
};

const jsonBody = (schema) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const queryParam = (name, description, schema = { type: 'integer', format: 'int64' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

/** @param {any} source the vendored spec; it is not modified */
export function applyOverlay(source) {
  const spec = structuredClone(source);
  const schemas = spec.components.schemas;
  const op = (path, method) => {
    const found = spec.paths[path]?.[method];
    if (!found) throw new Error(`overlay: ${method.toUpperCase()} ${path} is not in the spec`);
    return found;
  };

  // The error envelope: {"errors": [{"detail": "..."}]}.
  schemas.ErrorResponse = {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'array',
        items: { type: 'object', required: ['detail'], properties: { detail: { type: 'string' } } },
      },
    },
  };
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (operation && typeof operation === 'object' && 'responses' in operation) {
        operation.responses.default = errorResponse;
      }
    }
  }

  // Request bodies the spec omits.
  const endpointScopes = { type: 'array', items: { $ref: '#/components/schemas/EndpointScope' } };
  op('/api/v1/me/tokens', 'put').requestBody = jsonBody({
    type: 'object',
    required: ['api_token'],
    properties: {
      api_token: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          crate_scopes: { type: ['array', 'null'], items: { type: 'string' } },
          endpoint_scopes: { ...endpointScopes, type: ['array', 'null'] },
          expired_at: { type: ['string', 'null'], format: 'date-time' },
        },
      },
    },
  });
  op('/api/v1/me/crate_owner_invitations/{crate_id}', 'put').requestBody = jsonBody({
    type: 'object',
    required: ['crate_owner_invite'],
    properties: {
      crate_owner_invite: {
        type: 'object',
        required: ['crate_id', 'accepted'],
        properties: {
          crate_id: { type: 'integer', format: 'int32' },
          accepted: { type: 'boolean' },
        },
      },
    },
  });
  op('/api/v1/crates/{name}/{version}', 'patch').requestBody = jsonBody({
    type: 'object',
    required: ['version'],
    properties: {
      version: {
        type: 'object',
        properties: {
          yanked: { type: ['boolean', 'null'] },
          yank_message: { type: ['string', 'null'] },
        },
      },
    },
  });
  op('/api/v1/me/email_notifications', 'put').requestBody = jsonBody({
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'email_notifications'],
      properties: {
        id: { type: 'integer', format: 'int32' },
        email_notifications: { type: 'boolean' },
      },
    },
  });

  // Query parameters the real API takes.
  op('/api/v1/me/tokens', 'get').parameters = [
    queryParam('expired_days', 'Also list tokens that expired within this many days.'),
  ];
  op('/api/v1/crates/{name}/reverse_dependencies', 'get').parameters.push(
    queryParam('page', 'The page number to request.'),
    queryParam('per_page', 'The number of items to request per page.'),
  );
  op('/api/v1/me/updates', 'get').parameters = [queryParam('page', 'The page number to request.')];

  // Fields that are null in practice, or typed as bare objects.
  const version = schemas.Version.properties;
  version.linecounts = {
    type: ['object', 'null'],
    description: version.linecounts.description,
    properties: {
      languages: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          properties: {
            code_lines: { type: 'integer' },
            comment_lines: { type: 'integer' },
            files: { type: 'integer' },
          },
        },
      },
      total_code_lines: { type: 'integer' },
      total_comment_lines: { type: 'integer' },
    },
  };
  version.features = {
    type: 'object',
    description: version.features.description,
    additionalProperties: { type: 'array', items: { type: 'string' } },
  };
  const versionsMeta = op('/api/v1/crates/{name}/versions', 'get').responses['200'].content[
    'application/json'
  ].schema.properties.meta.properties;
  versionsMeta.release_tracks = {
    type: ['object', 'null'],
    description: versionsMeta.release_tracks.description,
    additionalProperties: {
      type: 'object',
      required: ['highest'],
      properties: { highest: { type: 'string' } },
    },
  };
  op('/api/v1/site_metadata', 'get').responses['200'].content[
    'application/json'
  ].schema.properties.cdn_base = {
    type: ['string', 'null'],
    description: 'The static file host (README HTML, crate files).',
  };

  return spec;
}
