using System.IO;
using Kmesh.Preview.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Kmesh.Preview.Backend;

/// <summary>
/// Serves the built page (helper-built by vite into page/dist) as a single-page app: files as they are, any other GET
/// path gets index.html so Headlamp's router can handle deep links such as <c>/c/kmesh-preview/kmesh</c>.
/// </summary>
public static class PageHosting
{
    public static void UsePage(this WebApplication app, PreviewOptions options)
    {
        var root = Path.GetFullPath(options.PageDir);
        if (!Directory.Exists(root))
        {
            app.MapFallback(() => Results.Content(
                $"The preview page is not built yet: expected it in {root}. Build it (see README) or pass --page-dir.\n",
                "text/plain; charset=utf-8", statusCode: 503));
            return;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallback(async context =>
        {
            var index = files.GetFileInfo("index.html");
            // A missing build asset must stay a 404 (index.html served as JavaScript only hides the real problem).
            var isAsset = context.Request.Path.StartsWithSegments("/assets");
            if (!HttpMethods.IsGet(context.Request.Method) || !index.Exists || isAsset)
            {
                context.Response.StatusCode = 404;
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(index);
        });
    }
}
