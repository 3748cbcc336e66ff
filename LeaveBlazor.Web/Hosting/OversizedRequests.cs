using System.Globalization;
using LeaveBlazor.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace LeaveBlazor.Web.Hosting;

/// <summary>
/// A form post whose declared body is over the server's limit (<c>Kestrel:Limits:MaxRequestBodySize</c>, 30 MB by
/// default) gets a 413 with problem details that say so. Left to the framework, antiforgery would fail reading the form
/// and the page would answer an empty 400. The API answers its own, smaller limit (<see cref="LeaveApi.MaxBodyBytes"/>).
/// What the app cannot shape: a chunked body (no length up front) that passes the limit while it is read still ends in
/// that empty 400, and Kestrel answers headers too large (431), a request line too long (414) and malformed requests
/// (400) by itself, before any of the app runs.
/// </summary>
public static class OversizedRequests
{
    public static WebApplication UseOversizedRequestAnswers(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return context.Request.ContentLength > limit && !LeaveApi.IsApiRequest(context)
                ? ApiProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, string.Create(CultureInfo.InvariantCulture,
                    $"The request body is {context.Request.ContentLength} bytes; this server reads at most {limit} (Kestrel:Limits:MaxRequestBodySize)."))
                : next(context);
        });
        return app;
    }
}
