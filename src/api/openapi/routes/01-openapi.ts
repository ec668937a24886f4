/** The API contract, public like the routes it describes (auth: false). */
export default {
  routes: [
    {
      method: 'GET',
      path: '/openapi.json',
      handler: 'api::openapi.openapi.document',
      config: { auth: false, description: 'The OpenAPI 3.1 document of the custom routes (docs/contracts/openapi.json).' },
    },
  ],
};
