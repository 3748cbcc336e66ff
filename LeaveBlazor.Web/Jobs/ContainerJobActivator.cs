using Hangfire;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// Creates each job in a fresh scope of this host's container. Given to the Hangfire server explicitly, so it never
/// falls back to Hangfire's static <see cref="JobActivator.Current"/>, which another (disposed) host may have set.
/// </summary>
public sealed class ContainerJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateAsyncScope());

    private sealed class Scope(AsyncServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        // Hangfire disposes synchronously, but the SMTP transport only disposes asynchronously (it says QUIT).
        public override void DisposeScope() => scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
