/**
 * The public fronts, read-only and published articles only, so open to everyone without a
 * permission row (auth: false), as the section routes. No core routes: fronts are edited in the
 * admin panel only, and GET /fronts/:id would be read as a section's address.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/fronts/:address',
      handler: 'api::front.front.front',
      config: { auth: false, description: "A front (home, or a section's): the editor's picks, then the latest articles." },
    },
  ],
};
