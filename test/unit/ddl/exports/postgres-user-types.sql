--
-- PostgreSQL database dump
--

\restrict fixture

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: sales; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA sales;


ALTER SCHEMA sales OWNER TO postgres;

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;


--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';


--
-- Name: mpaa_rating; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.mpaa_rating AS ENUM (
    'G',
    'PG',
    'PG-13',
    'R',
    'NC-17'
);


ALTER TYPE public.mpaa_rating OWNER TO postgres;

--
-- Name: year; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.year AS integer
	CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));


ALTER DOMAIN public.year OWNER TO postgres;

--
-- Name: Order Status; Type: TYPE; Schema: sales; Owner: postgres
--

CREATE TYPE sales."Order Status" AS ENUM (
    'new',
    'Shipped',
    'it''s done',
    'naïve'
);


ALTER TYPE sales."Order Status" OWNER TO postgres;

--
-- Name: address; Type: TYPE; Schema: sales; Owner: postgres
--

CREATE TYPE sales.address AS (
	street text,
	city character varying(40),
	built public.year,
	tags text[]
);


ALTER TYPE sales.address OWNER TO postgres;

--
-- Name: email; Type: DOMAIN; Schema: sales; Owner: postgres
--

CREATE DOMAIN sales.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '@'::public.citext));


ALTER DOMAIN sales.email OWNER TO postgres;

--
-- Name: rating_dom; Type: DOMAIN; Schema: sales; Owner: postgres
--

CREATE DOMAIN sales.rating_dom AS public.mpaa_rating NOT NULL DEFAULT 'G'::public.mpaa_rating;


ALTER DOMAIN sales.rating_dom OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: film; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.film (
    film_id integer NOT NULL,
    title text NOT NULL,
    special_features text[],
    rating public.mpaa_rating DEFAULT 'G'::public.mpaa_rating,
    release_year public.year,
    email public.citext,
    ratings public.mpaa_rating[],
    attrs public.hstore
);


ALTER TABLE public.film OWNER TO postgres;

--
-- Name: film_film_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.film_film_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.film_film_id_seq OWNER TO postgres;

--
-- Name: film_film_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.film_film_id_seq OWNED BY public.film.film_id;


--
-- Name: orders; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.orders (
    id bigint NOT NULL,
    status sales."Order Status" DEFAULT 'new'::sales."Order Status" NOT NULL,
    rating sales.rating_dom,
    contact sales.email,
    ship_to sales.address,
    history sales."Order Status"[]
);


ALTER TABLE sales.orders OWNER TO postgres;

--
-- Name: film film_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.film ALTER COLUMN film_id SET DEFAULT nextval('public.film_film_id_seq'::regclass);


--
-- Name: film film_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.film
    ADD CONSTRAINT film_pkey PRIMARY KEY (film_id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict fixture

