using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> and a reference page at <c>/api/docs</c> that needs nothing from the
/// internet. The document is the same until the app restarts, and building it cost about 27 ms of CPU a request, so
/// anonymous requests get it from the output cache; a query string does not make another copy.
/// </summary>
public static class ApiDocs
{
    private const string Bearer = "Bearer";

    // The document is the only thing cached; a few copies of it (one per Host the app is reached by) fit many times over.
    private const long CacheSizeLimit = 16 * 1024 * 1024;

    public static WebApplicationBuilder AddApiDocs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(cache => cache.SizeLimit = CacheSizeLimit);
        builder.Services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "LeaveBlazor API";
                document.Info.Description =
                    "Ask for leave and decide it from scripts. Sign in with POST /api/auth/login {email, password}, then send "
                    + "Authorization: Bearer <accessToken> (the browser's sign-in cookie works too). Errors are RFC 7807 problem details.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The accessToken from POST /api/auth/login.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] });
                }

                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static void MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().CacheOutput(document => document.Expire(TimeSpan.FromDays(1)).SetVaryByQuery([]));
        app.MapScalarApiReference("/api/docs", options => options
            .WithTitle("LeaveBlazor API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .AddPreferredSecuritySchemes(Bearer));
    }
}
