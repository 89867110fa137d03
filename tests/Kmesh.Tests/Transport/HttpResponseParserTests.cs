using Kmesh.Model;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Transport;
using Xunit;

namespace Kmesh.Tests.Transport;

public class HttpResponseParserTests
{
    [Fact]
    public void Curl_output_with_headers_and_a_json_dump_body()
    {
        string body = Fixtures.Read("dual-engine-bpf-dump.json");
        string stdout = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nDate: Wed, 03 Dec 2025 10:05:00 GMT\r\nContent-Length: "
            + System.Text.Encoding.UTF8.GetByteCount(body) + "\r\n\r\n" + body;
        AdminResponse response = HttpResponseParser.Parse(stdout).Value!;
        Assert.Equal(200, response.Status);
        Assert.Equal("text/plain; charset=utf-8", response.Header("content-type"));
        Assert.Equal(body, response.Body);
        AdminBody<BpfDump> read = AdminBody<BpfDump>.Read(response, BpfDumpReader.Read);
        Assert.Equal(AdminBodyKind.Value, read.Kind);
        Assert.Equal(6, read.Value!.Services.Count);
    }

    [Fact]
    public void Http10_answer_from_dev_tcp_without_content_length()
    {
        AdminResponse response = HttpResponseParser.Parse("HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOK").Value!;
        Assert.Equal(("OK", 200), (response.Body, response.Status));
    }

    [Fact]
    public void Invalid_client_mode_is_the_other_mode()
    {
        AdminResponse response = HttpResponseParser.Parse(
            "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nContent-Length: 21\r\n\r\n\tInvalid Client Mode\n").Value!;
        Assert.True(response.IsInvalidClientMode);
        AdminBody<ConfigDump> read = AdminBody<ConfigDump>.Read(response, ConfigDumpReader.Read);
        Assert.Equal(AdminBodyKind.OtherMode, read.Kind);
    }

    [Fact]
    public void Daemon_error_and_unreadable_bodies()
    {
        AdminResponse missing = new AdminResponse(400, new HttpHeader[0], "\tlogger nope does not exist\n");
        AdminBody<LoggerLevel> error = AdminBody<LoggerLevel>.Read(missing, LoggerLevel.Read);
        Assert.Equal((AdminBodyKind.HttpError, 400, "logger nope does not exist"), (error.Kind, error.Status, error.Message));

        AdminResponse html = new AdminResponse(200, new HttpHeader[0], "<html><body>upstream connect error</body></html>");
        AdminBody<LoggerLevel> unreadable = AdminBody<LoggerLevel>.Read(html, LoggerLevel.Read);
        Assert.Equal(AdminBodyKind.Unreadable, unreadable.Kind);
        Assert.Equal(ParseErrorKind.NotJson, unreadable.Error!.Kind);
    }

    [Fact]
    public void Content_length_counts_utf8_bytes()
    {
        AdminResponse response = HttpResponseParser.Parse("HTTP/1.1 200 OK\nContent-Length: 7\n\n\"名\"xyz").Value!;
        Assert.Equal("\"名\"xy", response.Body);
    }

    [Fact]
    public void Chunked_with_extensions_and_multibyte_text()
    {
        AdminResponse response = HttpResponseParser.Parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\n\"é\"x\r\n0\r\n\r\n").Value!;
        Assert.Equal("\"é\"x", response.Body);
    }

    [Fact]
    public void Chunked_header_over_a_body_curl_already_decoded()
    {
        AdminResponse response = HttpResponseParser.Parse(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n{\n    \"services\": []\n}\n").Value!;
        Assert.Equal("{\n    \"services\": []\n}\n", response.Body);
    }

    [Fact]
    public void Chunked_body_cut_after_its_first_chunk_is_a_typed_error()
    {
        ParseError error = HttpResponseParser.Parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nzz\r\n").Error!;
        Assert.Equal(ParseErrorKind.InvalidValue, error.Kind);
    }

    [Fact]
    public void Headers_cut_off_is_a_typed_error()
    {
        ParseError error = HttpResponseParser.Parse("HTTP/1.1 200 OK\r\nContent-Type: text/pl").Error!;
        Assert.Equal(ParseErrorKind.UnexpectedEnd, error.Kind);
        Assert.Equal(2, error.Line);
    }
}
