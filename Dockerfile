# Build: restore first (cached while project files are unchanged), then publish.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props appsettings.json appsettings.Development.json ./
COPY LeaveBlazor.Core/LeaveBlazor.Core.csproj LeaveBlazor.Core/
COPY LeaveBlazor.Web/LeaveBlazor.Web.csproj LeaveBlazor.Web/
RUN dotnet restore LeaveBlazor.Web/LeaveBlazor.Web.csproj
COPY LeaveBlazor.Core/ LeaveBlazor.Core/
COPY LeaveBlazor.Web/ LeaveBlazor.Web/
RUN dotnet publish LeaveBlazor.Web/LeaveBlazor.Web.csproj --configuration Release --no-restore --output /app

# Run: the ASP.NET runtime only, as the image's non-root "app" user. Everything the app writes (the database,
# Hangfire's file, the sign-in keys, emails when no SMTP host is set, backups) goes under /data, the one volume.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
VOLUME /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Leave="Data Source=/data/leave.db" \
    Hangfire__SqliteFile=/data/hangfire.db \
    Smtp__PickupFolder=/data/mail-pickup \
    Backup__Folder=/data/backups
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "LeaveBlazor.Web.dll", "health"]
ENTRYPOINT ["dotnet", "LeaveBlazor.Web.dll"]
