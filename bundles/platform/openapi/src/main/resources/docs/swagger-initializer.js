// Swagger UI on the document of the modules installed now; the console's session cookie or Basic authenticates.
window.onload = () => {
  window.ui = SwaggerUIBundle({url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true});
};
